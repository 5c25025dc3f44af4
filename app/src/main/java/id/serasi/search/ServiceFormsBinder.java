package id.serasi.search;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * A plan's service forms, stored as one comma-separated column, indexed as one keyword value per form so that each
 * is a facet value of its own.
 */
class ServiceFormsBinder implements PropertyBinder {

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        IndexFieldReference<String> field = context.indexSchemaElement()
                .field(CaseFields.SERVICE_FORM, f -> f.asString().aggregable(Aggregable.YES)
                        .projectable(Projectable.YES))
                .multiValued().toReference();
        context.bridge(String.class, new Bridge(field));
    }

    private record Bridge(IndexFieldReference<String> field) implements PropertyBridge<String> {

        @Override
        public void write(DocumentElement target, String forms, PropertyBridgeWriteContext context) {
            if (forms == null) {
                return;
            }
            for (String form : forms.split(",")) {
                if (!form.isBlank()) {
                    target.addValue(field, form.strip());
                }
            }
        }
    }
}
