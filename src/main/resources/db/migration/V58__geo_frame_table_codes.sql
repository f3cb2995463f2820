-- Version 1.1 of Cali's geographic frame (CL_AREA_CALI): the 38 places of 1.0, unchanged, and the codes that real
-- tables carry in their area column besides places, so that a study's REF_AREA can be coded by the frame
-- (io.archivo.geo.AreaMatcher#matchTableValue recognises them): the urban and the rural zone as wholes, and SDMX's
-- special codes for a place outside Cali (_O), an unknown one (_U) and none (_Z). Version 1.0 stays as it was.
INSERT INTO geo_area_version (version, published_at, published_by)
    VALUES ('1.1', TIMESTAMP WITH TIME ZONE '2026-12-05 00:00:00+00', 'system');

INSERT INTO geo_area (version, code, name, kind, parent, position)
    SELECT '1.1', code, name, kind, parent, position FROM geo_area WHERE version = '1.0';

INSERT INTO geo_area (version, code, name, kind, parent, position) VALUES
    ('1.1', 'URBANA', 'Zona urbana (comunas)', 'zona', '76001', 38),
    ('1.1', 'RURAL', 'Zona rural (corregimientos)', 'zona', '76001', 39),
    ('1.1', '_O', 'Fuera de Cali (otro municipio)', 'especial', NULL, 40),
    ('1.1', '_U', 'Sin información', 'especial', NULL, 41),
    ('1.1', '_Z', 'No aplica', 'especial', NULL, 42);
