package io.archivo.inventory.service;

/** The codes of a process's department and classification (Ley 1712 level): what access to its studies depends on. */
public record ProcessScope(String department, String classification) {
}
