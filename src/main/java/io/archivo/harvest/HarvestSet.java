package io.archivo.harvest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A set of the OAI set hierarchy and its human name. */
@Entity
@Table(name = "harvest_set")
public class HarvestSet {

    @Id
    public String spec;

    @Column(nullable = false)
    public String name;
}
