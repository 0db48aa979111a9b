package cn.incubator.registry.guidance;

import cn.incubator.registry.organization.LegalForm;
import java.util.List;

/**
 * A registration checklist (登记指引) for one legal form: the steps to registration, the documents each needs, and
 * the step where the charter must state adherence to the Party's overall leadership (坚持党的全面领导).
 *
 * @param basis the regulation the steps follow
 */
public record RegistrationGuide(LegalForm legalForm, String title, String basis, List<Step> steps) {

    public record Step(int number, String title, String description, List<String> documents,
            boolean partyLeadershipClause) {
    }
}
