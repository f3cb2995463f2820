package io.archivo.sdmx.catalog;

import io.archivo.sdmx.mapping.Designation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** An editor's choice of the variables that shape a process's SDMX data structure. */
@Entity
@Table(name = "process_sdmx_designation")
public class SdmxDesignation {

    @Id
    @Column(name = "process_code")
    public String processCode;

    /** Variable names, ';'-separated, in dimension order. */
    @Column(nullable = false)
    public String dimensions;

    public String measure;

    @Column(nullable = false)
    public String attributes;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public Designation toDesignation() {
        return new Designation(split(dimensions), measure, split(attributes));
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(";"));
    }
}
