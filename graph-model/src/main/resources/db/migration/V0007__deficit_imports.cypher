// ILOSTAT series, imports and observation history (issue 13).
CREATE CONSTRAINT indicator_series_id IF NOT EXISTS FOR (n:IndicatorSeries) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT data_import_id IF NOT EXISTS FOR (n:DataImport) REQUIRE n.id IS UNIQUE;
CREATE INDEX data_import_order IF NOT EXISTS FOR (n:DataImport) ON (n.startedAt, n.id);
CREATE INDEX data_import_checksum IF NOT EXISTS FOR (n:DataImport) ON (n.sha256);
CREATE INDEX deficit_observation_series IF NOT EXISTS FOR (n:DeficitObservation) ON (n.series);
CREATE INDEX data_import_status IF NOT EXISTS FOR (n:DataImport) ON (n.status);
CREATE INDEX observation_revision_replaced_by IF NOT EXISTS FOR (n:ObservationRevision) ON (n.replacedBy);
CREATE CONSTRAINT import_lock_id IF NOT EXISTS FOR (n:__ImportLock) REQUIRE n.id IS UNIQUE;
