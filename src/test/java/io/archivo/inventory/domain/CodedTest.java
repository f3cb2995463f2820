package io.archivo.inventory.domain;

import io.archivo.common.organisation.Coded;
import io.archivo.common.organisation.Department;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The codes of the inventory enums are stored in the database and accepted by the API; they derive from the
 * constants' names ({@link Coded#code()}), so this pins every one of them against a rename.
 */
class CodedTest {

    @Test
    void storedCodesAreStable() {
        assertCodes(Classification.class, "publica", "clasificada", "reservada");
        assertCodes(CollectionInstrument.class, "papel", "correo_electronico", "formulario_web", "dispositivo_movil");
        assertCodes(CollectionSource.class, "registro_administrativo", "encuesta", "censo");
        assertCodes(Department.class, "bienestar", "control_disciplinario", "control_interno", "cultura_turismo",
                "dagma", "deporte", "educacion", "general", "gobierno", "hacienda", "infraestructura", "juridica",
                "planeacion", "salud", "transito", "vivienda");
        assertCodes(DisseminationMedium.class, "web", "impreso", "otro");
        assertCodes(DocumentState.class, "completa", "desactualizada", "en_construccion");
        assertCodes(ProcessType.class, "operacion_estadistica", "estudio_estadistico",
                "produccion_indicadores", "informe_gestion");
        assertCodes(StorageTechnology.class, "gestor_base_datos", "hoja_calculo", "no_consolidada");
    }

    private static <E extends Enum<E> & Coded> void assertCodes(Class<E> type, String... codes) {
        assertEquals(List.of(codes), Arrays.stream(type.getEnumConstants()).map(Coded::code).toList(),
                type.getSimpleName());
    }
}
