-- Evidence kept the name the sender's device gave it ("Budi Santoso - laporan rahasia.pdf"), which can name the
-- sender. Files already stored take the neutral name new ones get: bukti-<n>.<type>, numbered per report in the
-- order they arrived.
update wbs_evidence set file_name = (
    select 'bukti-' || numbered.n || case wbs_evidence.content_type when 'application/pdf' then '.pdf'
        when 'image/jpeg' then '.jpg' when 'image/png' then '.png' else '' end
    from (select id, row_number() over (partition by report_id order by added_at, id) as n from wbs_evidence) numbered
    where numbered.id = wbs_evidence.id);
