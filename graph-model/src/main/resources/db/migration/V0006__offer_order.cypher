// The offer directory's keyset ordering (title, then id), as partner_name_order and support_request_order are for theirs.
CREATE INDEX offer_order IF NOT EXISTS FOR (n:Offer) ON (n.title, n.id);
