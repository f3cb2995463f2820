package io.archivo.archive.service;

import io.archivo.common.problem.ProblemException;
import io.archivo.ddi.DdiReadResult;
import io.archivo.ddi.DdiReader;
import io.archivo.ddi.DdiRejectedException;
import io.archivo.ddi.model.Variable;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/** Reads an uploaded document with the DDI reader and turns a rejection into a problem with line and column. */
@ApplicationScoped
class DdiParsing {

    private final DdiReader reader;

    DdiParsing(DdiReader reader) {
        this.reader = reader;
    }

    Parsed parse(byte[] content) {
        List<Variable> variables = new ArrayList<>();
        try {
            DdiReadResult result = reader.read(new ByteArrayInputStream(content), variables::add);
            return new Parsed(result, variables);
        } catch (DdiRejectedException e) {
            ProblemException problem = new ProblemException(e.reason().httpStatus(), e.reason().slug(), e.reason().title(),
                    e.detail());
            if (e.line() > 0) {
                problem.with("line", e.line()).with("column", e.column());
            }
            throw problem;
        }
    }

    record Parsed(DdiReadResult result, List<Variable> variables) {
    }
}
