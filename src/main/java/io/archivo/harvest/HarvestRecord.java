package io.archivo.harvest;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * A study as harvesters know it: public now, or public once and since withdrawn or reclassified ({@code deleted}).
 * Derived from the archive's public face; the archive stays the source of truth.
 */
@Entity
@Table(name = "harvest_record")
public class HarvestRecord {

    /** Assigned once, when the study is first seen public; never reused. Resumption tokens page on it. */
    @Id
    public Long id;

    @Column(nullable = false)
    public String idno;

    @Column(nullable = false)
    public OffsetDateTime datestamp;

    @Column(nullable = false)
    public boolean deleted;

    public String fingerprint;

    @Basic(fetch = FetchType.LAZY)
    public byte[] ddi;

    @Basic(fetch = FetchType.LAZY)
    public String dc;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "harvest_record_set", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "spec")
    public Set<String> sets = new HashSet<>();
}
