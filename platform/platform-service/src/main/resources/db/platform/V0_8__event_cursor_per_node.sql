-- Events across nodes (issue 14): a consumer reads a producer's feed from every node that runs the producer, so its
-- position is kept per feed: event type and producer node. '' is the producer at the configured address
-- (incubator.services.<producer>), which every position read so far came from.
ALTER TABLE event_cursor ADD COLUMN producer_node VARCHAR(100) NOT NULL DEFAULT '';
ALTER TABLE event_cursor DROP CONSTRAINT event_cursor_pkey;
ALTER TABLE event_cursor ADD PRIMARY KEY (event_type, producer_node);
