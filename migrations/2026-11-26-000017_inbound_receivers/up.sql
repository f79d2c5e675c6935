-- Inbound ATS webhooks. A receiver is a URL a workspace owner pastes into an ATS (Merge, Greenhouse): deliveries to
-- it carry no token; the vendor's HMAC-SHA256 signature of the body under the receiver's shared secret is the
-- authentication. HMAC needs the key itself, so the secret is stored sealed (AES-256-GCM under REBOUND_SECRET_KEYS,
-- like webhook signing secrets), never hashed. Removing a receiver deletes it: its URL answers 404 from then on.
CREATE TABLE inbound_receivers (
    id                uuid PRIMARY KEY,
    workspace_id      uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    vendor            text NOT NULL CHECK (vendor IN ('merge', 'greenhouse')),
    label             text NOT NULL CHECK (char_length(label) BETWEEN 1 AND 100),
    secret_sealed     text NOT NULL,
    -- Whether Rebound generated the secret (shown once at creation) or the owner supplied the ATS's own key.
    secret_generated  boolean NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    last_delivery_at  timestamptz
);
CREATE INDEX inbound_receivers_workspace_idx ON inbound_receivers (workspace_id, id DESC);

-- Deliveries a receiver has applied, by the vendor's delivery id (Greenhouse's `Greenhouse-Event-ID` header) or,
-- where the vendor sends none (Merge), a hash of the signature, which Merge itself recommends as the unique key of a
-- delivery. Neither vendor signs a timestamp, so a replay is recognised by this key alone. Kept 90 days.
CREATE TABLE inbound_deliveries (
    receiver_id   uuid NOT NULL REFERENCES inbound_receivers (id) ON DELETE CASCADE,
    delivery_key  text NOT NULL CHECK (char_length(delivery_key) BETWEEN 1 AND 300),
    received_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (receiver_id, delivery_key)
);
CREATE INDEX inbound_deliveries_received_idx ON inbound_deliveries (received_at);
