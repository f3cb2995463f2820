-- Cali's geographic frame (C1-3): versioned area codelist CL_AREA_CALI. A new version adds rows; old ones stay.
-- Codes: DANE DIVIPOLA 76001 for the municipality; comunas 01-22 and corregimientos 51-65 as numbered by the
-- Departamento Administrativo de Planeación Municipal (IDESC).
CREATE TABLE geo_area_version (
    version      VARCHAR(20)  NOT NULL PRIMARY KEY,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by VARCHAR(200) NOT NULL
);

CREATE TABLE geo_area (
    version  VARCHAR(20)  NOT NULL REFERENCES geo_area_version (version),
    code     VARCHAR(50)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    kind     VARCHAR(20)  NOT NULL,
    parent   VARCHAR(50),
    position INTEGER      NOT NULL,
    PRIMARY KEY (version, code)
);

INSERT INTO geo_area_version (version, published_at, published_by) VALUES ('1.0', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 'system');

INSERT INTO geo_area (version, code, name, kind, parent, position) VALUES
    ('1.0', '76001', 'Santiago de Cali', 'municipio', NULL, 0),
    ('1.0', '01', 'Comuna 1', 'comuna', '76001', 1),
    ('1.0', '02', 'Comuna 2', 'comuna', '76001', 2),
    ('1.0', '03', 'Comuna 3', 'comuna', '76001', 3),
    ('1.0', '04', 'Comuna 4', 'comuna', '76001', 4),
    ('1.0', '05', 'Comuna 5', 'comuna', '76001', 5),
    ('1.0', '06', 'Comuna 6', 'comuna', '76001', 6),
    ('1.0', '07', 'Comuna 7', 'comuna', '76001', 7),
    ('1.0', '08', 'Comuna 8', 'comuna', '76001', 8),
    ('1.0', '09', 'Comuna 9', 'comuna', '76001', 9),
    ('1.0', '10', 'Comuna 10', 'comuna', '76001', 10),
    ('1.0', '11', 'Comuna 11', 'comuna', '76001', 11),
    ('1.0', '12', 'Comuna 12', 'comuna', '76001', 12),
    ('1.0', '13', 'Comuna 13', 'comuna', '76001', 13),
    ('1.0', '14', 'Comuna 14', 'comuna', '76001', 14),
    ('1.0', '15', 'Comuna 15', 'comuna', '76001', 15),
    ('1.0', '16', 'Comuna 16', 'comuna', '76001', 16),
    ('1.0', '17', 'Comuna 17', 'comuna', '76001', 17),
    ('1.0', '18', 'Comuna 18', 'comuna', '76001', 18),
    ('1.0', '19', 'Comuna 19', 'comuna', '76001', 19),
    ('1.0', '20', 'Comuna 20', 'comuna', '76001', 20),
    ('1.0', '21', 'Comuna 21', 'comuna', '76001', 21),
    ('1.0', '22', 'Comuna 22', 'comuna', '76001', 22),
    ('1.0', '51', 'Navarro', 'corregimiento', '76001', 23),
    ('1.0', '52', 'El Hormiguero', 'corregimiento', '76001', 24),
    ('1.0', '53', 'Pance', 'corregimiento', '76001', 25),
    ('1.0', '54', 'La Buitrera', 'corregimiento', '76001', 26),
    ('1.0', '55', 'Villacarmelo', 'corregimiento', '76001', 27),
    ('1.0', '56', 'Los Andes', 'corregimiento', '76001', 28),
    ('1.0', '57', 'Pichindé', 'corregimiento', '76001', 29),
    ('1.0', '58', 'La Leonera', 'corregimiento', '76001', 30),
    ('1.0', '59', 'Felidia', 'corregimiento', '76001', 31),
    ('1.0', '60', 'El Saladito', 'corregimiento', '76001', 32),
    ('1.0', '61', 'La Elvira', 'corregimiento', '76001', 33),
    ('1.0', '62', 'La Castilla', 'corregimiento', '76001', 34),
    ('1.0', '63', 'La Paz', 'corregimiento', '76001', 35),
    ('1.0', '64', 'Montebello', 'corregimiento', '76001', 36),
    ('1.0', '65', 'Golondrinas', 'corregimiento', '76001', 37);
