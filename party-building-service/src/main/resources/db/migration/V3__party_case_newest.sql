-- The case list shows the newest admissions first (ORDER BY admitted_at DESC, id); without this index every page
-- sorted every case in the caller's scope: 16 ms per page with 8,900 cases under the soak's mix, growing with each
-- admission; 0.2 ms with it (docs/decisions.md, stop 33).
CREATE INDEX party_case_newest ON party_case (admitted_at DESC, id);
