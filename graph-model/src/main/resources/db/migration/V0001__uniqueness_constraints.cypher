// Every business key is unique in the database, not only in code, so that concurrent writers cannot duplicate it.
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT country_iso3 IF NOT EXISTS FOR (n:Country) REQUIRE n.iso3 IS UNIQUE;
CREATE CONSTRAINT country_iso2 IF NOT EXISTS FOR (n:Country) REQUIRE n.iso2 IS UNIQUE;
CREATE CONSTRAINT thematic_area_code IF NOT EXISTS FOR (n:ThematicArea) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT functional_area_code IF NOT EXISTS FOR (n:FunctionalArea) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT priority_programme_code IF NOT EXISTS FOR (n:PriorityProgramme) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT expertise_code IF NOT EXISTS FOR (n:Expertise) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT indicator_code IF NOT EXISTS FOR (n:Indicator) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT deficit_observation_id IF NOT EXISTS FOR (n:DeficitObservation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partner_id IF NOT EXISTS FOR (n:Partner) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partner_dedup_key IF NOT EXISTS FOR (n:Partner) REQUIRE n.dedupKey IS UNIQUE;
CREATE CONSTRAINT offer_id IF NOT EXISTS FOR (n:Offer) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT national_strategy_id IF NOT EXISTS FOR (n:NationalStrategy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT objective_id IF NOT EXISTS FOR (n:Objective) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT support_request_id IF NOT EXISTS FOR (n:SupportRequest) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT work_stream_id IF NOT EXISTS FOR (n:WorkStream) REQUIRE n.id IS UNIQUE;
