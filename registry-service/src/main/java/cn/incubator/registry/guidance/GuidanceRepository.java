package cn.incubator.registry.guidance;

import cn.incubator.registry.organization.LegalForm;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Checklists (reference data, no scope) and organizations' progress (callers check the organization's scope). */
@Repository
class GuidanceRepository {

    private final JdbcClient jdbc;

    GuidanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RegistrationGuide> guides() {
        Map<LegalForm, RegistrationGuide> guides = new LinkedHashMap<>();
        jdbc.sql("SELECT legal_form, title, basis FROM guidance_checklist ORDER BY legal_form")
                .query(rs -> {
                    LegalForm form = LegalForm.valueOf(rs.getString("legal_form"));
                    guides.put(form, new RegistrationGuide(form, rs.getString("title"), rs.getString("basis"),
                            new ArrayList<>()));
                });
        jdbc.sql("""
                SELECT legal_form, step_number, title, description, documents, party_leadership
                FROM guidance_step ORDER BY legal_form, step_number
                """)
                .query(rs -> {
                    guides.get(LegalForm.valueOf(rs.getString("legal_form"))).steps().add(new RegistrationGuide.Step(
                            rs.getInt("step_number"), rs.getString("title"), rs.getString("description"),
                            Arrays.asList((String[]) rs.getArray("documents").getArray()),
                            rs.getBoolean("party_leadership")));
                });
        return guides.values().stream()
                .map(g -> new RegistrationGuide(g.legalForm(), g.title(), g.basis(), List.copyOf(g.steps())))
                .toList();
    }

    Optional<RegistrationGuide> guide(LegalForm form) {
        return guides().stream().filter(g -> g.legalForm() == form).findFirst();
    }

    List<Done> done(UUID organizationId) {
        return jdbc.sql("""
                SELECT step_number, done_by, done_at, note FROM registration_progress
                WHERE organization_id = :org ORDER BY step_number
                """)
                .param("org", organizationId)
                .query((rs, n) -> new Done(rs.getInt("step_number"), rs.getString("done_by"),
                        rs.getTimestamp("done_at").toInstant(), rs.getString("note")))
                .list();
    }

    /** @return whether the step was newly marked (false if it was done already) */
    boolean markDone(UUID organizationId, LegalForm form, int step, String by, Instant at, String note) {
        return jdbc.sql("""
                INSERT INTO registration_progress (organization_id, legal_form, step_number, done_by, done_at, note)
                VALUES (:org, :form, :step, :by, :at, :note)
                ON CONFLICT (organization_id, step_number) DO NOTHING
                """)
                .param("org", organizationId)
                .param("form", form.name())
                .param("step", step)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("note", note)
                .update() == 1;
    }

    record Done(int step, String by, Instant at, String note) {
    }
}
