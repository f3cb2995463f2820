/**
 * The citizens' web pages (Qute, server-rendered, Spanish). Pages read only through the public services the REST
 * resources use — {@link io.archivo.web.CatalogueReads} (search, archive) and {@link io.archivo.web.InventoryReads}
 * (inventory, plan, transparency) — with the caller of the request, so a page never shows more than the API shows
 * the same caller. See docs/web.md.
 */
package io.archivo.web;
