/**
 * The organisation the archive serves: its departments and the code/label convention of enumerated values
 * ({@link io.archivo.common.organisation.Coded}). Shared by the inventory and access.
 */
package io.archivo.common.organisation;
