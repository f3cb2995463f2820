package io.archivo.search.index;

import io.archivo.search.AccessClassification;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;

/** The unanalysed fields the visibility filter reads; written identically on a study and on each of its variables. */
final class VisibilityFields {

    private VisibilityFields() {
    }

    static void add(Document doc, boolean published, AccessClassification access, String department) {
        doc.add(new StringField(Fields.PUBLISHED, published ? Fields.TRUE : Fields.FALSE, Field.Store.NO));
        doc.add(new StringField(Fields.ACCESS, access.code(), Field.Store.NO));
        String dept = Folding.clean(department);
        if (!dept.isEmpty()) {
            doc.add(new StringField(Fields.DEPARTMENT, dept, Field.Store.NO));
        }
    }
}
