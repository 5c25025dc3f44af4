package id.serasi.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Takes an uploaded file apart before it is stored: the type comes from the content, never from the name, and
 * whatever could identify who made it or where (EXIF with GPS, XMP, IPTC, comments, PDF author and producer) is
 * removed. Anything that is not a well-formed JPEG, PNG or PDF is refused with a message key saying why.
 */
public final class DocumentCleaner {

    /** PNG chunks that carry text, EXIF or timestamps. */
    private static final Set<String> PNG_METADATA = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

    private DocumentCleaner() {
    }

    /** The outcome: a cleaned document of a known type, or the message key of the refusal. */
    public sealed interface Result {
        record Cleaned(DocumentType type, byte[] content) implements Result {
        }

        record Refused(String messageKey) implements Result {
        }
    }

    public static Result clean(byte[] content, long maxBytes) {
        if (content.length == 0) {
            return new Result.Refused("upload.empty");
        }
        if (content.length > maxBytes) {
            return new Result.Refused("upload.tooLarge");
        }
        var type = DocumentType.of(content);
        if (type.isEmpty()) {
            return new Result.Refused("upload.wrongType");
        }
        try {
            byte[] cleaned = switch (type.get()) {
                case JPEG -> jpeg(content);
                case PNG -> png(content);
                case PDF -> pdf(content);
            };
            return new Result.Cleaned(type.get(), cleaned);
        } catch (IOException | RuntimeException e) {
            return new Result.Refused("upload.damaged");
        }
    }

    /** Keeps the image data and the segments needed to decode it (JFIF APP0, Adobe APP14); drops APP1–13, 15, COM. */
    static byte[] jpeg(byte[] in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 2);
        int at = 2;
        while (at + 4 <= in.length) {
            if ((in[at] & 0xFF) != 0xFF) {
                throw new IOException("not a JPEG marker at " + at);
            }
            int marker = in[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            if (marker == 0xD9) {
                out.write(in, at, 2);
                return out.toByteArray();
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(in, at, 2);
                at += 2;
                continue;
            }
            int length = ((in[at + 2] & 0xFF) << 8) | (in[at + 3] & 0xFF);
            if (length < 2 || at + 2 + length > in.length) {
                throw new IOException("segment runs past the end");
            }
            if (marker == 0xDA) {
                out.write(in, at, in.length - at);
                return out.toByteArray();
            }
            boolean metadata = (marker >= 0xE1 && marker <= 0xED) || marker == 0xEF || marker == 0xFE;
            if (!metadata) {
                out.write(in, at, 2 + length);
            }
            at += 2 + length;
        }
        throw new IOException("no image data");
    }

    /** Copies every chunk but those carrying text, EXIF or timestamps. */
    static byte[] png(byte[] in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int at = 8;
        while (at + 12 <= in.length) {
            long length = ((long) (in[at] & 0xFF) << 24) | ((in[at + 1] & 0xFF) << 16) | ((in[at + 2] & 0xFF) << 8)
                    | (in[at + 3] & 0xFF);
            if (at + 12 + length > in.length) {
                throw new IOException("chunk runs past the end");
            }
            String chunk = new String(in, at + 4, 4, StandardCharsets.US_ASCII);
            if (!PNG_METADATA.contains(chunk)) {
                out.write(in, at, (int) (12 + length));
            }
            at += (int) (12 + length);
            if ("IEND".equals(chunk)) {
                return out.toByteArray();
            }
        }
        throw new IOException("no IEND chunk");
    }

    /** Empties the document information dictionary and drops the XMP metadata stream; refuses encrypted files. */
    static byte[] pdf(byte[] in) throws IOException {
        try (PDDocument document = Loader.loadPDF(in)) {
            if (document.isEncrypted()) {
                throw new IOException("encrypted");
            }
            document.setDocumentInformation(new PDDocumentInformation());
            document.getDocumentCatalog().setMetadata(null);
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
            document.save(out);
            return out.toByteArray();
        }
    }
}
