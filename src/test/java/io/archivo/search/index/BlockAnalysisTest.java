package io.archivo.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.search.StudyDocument;
import io.archivo.search.VariableDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** Replaying a block's analysed texts must leave the index exactly as analysing every field value on its own. */
class BlockAnalysisTest {

    @Test
    void replayedTokensIndexExactlyAsTheirAnalyzer() throws IOException {
        StudyDocument study = StudyDocument.builder("S-1", 2).title("Encuesta de movilidad de la", "es")
                .title("Mobility survey of the city's households", "en").title("Mobilitätsumfrage über die Stadt", "de")
                .alternativeTitle("de la", "es").abstractText("Hogares y personas; los desplazamientos — y más.")
                .keywords("movilidad", "transporte público", "movilidad").topics("Movilidad").department("Movilidad")
                .producer("Alcaldía de Santiago de Cali").geographicCoverage("Comuna 3").universe("Personas de 5 años y más")
                .years(2019, 2021).revision(7).build();
        List<VariableDocument> variables = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            variables.add(VariableDocument.of("S-1", "V" + i, "p" + i, i % 3 == 0 ? "Medio de transporte" : "Pregunta " + i + " de la",
                    "¿Cómo se desplaza usted al trabajo o al estudio? (" + i + ")", List.of("Sí", "No", "No sabe, no responde", "—")));
        }
        variables.add(VariableDocument.of("S-1", "V99", "vacía", null, "", List.of()).asSensitive());
        List<Document> replayed = LuceneIndex.luceneBlock(study, variables);

        List<Document> analysed = new ArrayList<>();
        int replayedFields = 0;
        for (Document doc : replayed) {
            Document copy = new Document();
            for (IndexableField f : doc.getFields()) {
                // DenseNorms' empty values have no text to analyse: copied as they are
                if (f.fieldType() == TextField.TYPE_NOT_STORED && f.getClass() != TextField.class && f.stringValue() != null) {
                    replayedFields++;
                    copy.add(new TextField(f.name(), f.stringValue(), Field.Store.NO));
                } else if (f.fieldType() == BlockAnalysis.SPELLING) {
                    replayedFields++;
                    copy.add(new Field(f.name(), f.stringValue(), BlockAnalysis.SPELLING));
                } else {
                    copy.add(f);
                }
            }
            analysed.add(copy);
        }
        assertTrue(replayedFields > 100, "text fields are replayed: " + replayedFields);
        assertEquals(digest(analysed), digest(replayed));
    }

    private static List<String> digest(List<Document> docs) throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
                writer.addDocuments(docs);
            }
            return IndexDigest.of(dir);
        }
    }
}
