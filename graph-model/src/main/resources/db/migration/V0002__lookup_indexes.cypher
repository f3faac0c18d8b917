// Indexes behind the directory's filters and keyset orderings.
CREATE INDEX partner_name_order IF NOT EXISTS FOR (n:Partner) ON (n.normalizedName, n.id);
CREATE TEXT INDEX partner_name_search IF NOT EXISTS FOR (n:Partner) ON (n.normalizedName);
CREATE INDEX partner_kind IF NOT EXISTS FOR (n:Partner) ON (n.kind);
CREATE INDEX partner_membership_status IF NOT EXISTS FOR (n:Partner) ON (n.membershipStatus);
CREATE INDEX offer_status IF NOT EXISTS FOR (n:Offer) ON (n.status);
CREATE INDEX support_request_order IF NOT EXISTS FOR (n:SupportRequest) ON (n.deadline, n.id);
CREATE INDEX support_request_status IF NOT EXISTS FOR (n:SupportRequest) ON (n.status);
CREATE INDEX deficit_observation_year IF NOT EXISTS FOR (n:DeficitObservation) ON (n.year);
