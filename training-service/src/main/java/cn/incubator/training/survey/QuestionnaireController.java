package cn.incubator.training.survey;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.validation.JurisdictionCode;
import cn.incubator.training.course.CourseArea;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 调查问卷: questionnaires defined as data.
 *
 * <p>Lists under one record ({@code /{id}/...}) are that record's and stay local: the node holding the record answers
 * them (its id routes there).
 */
@RestController
@RequestMapping("/api/training/v1/questionnaires")
class QuestionnaireController {

    static final String KEY = "^[A-Za-z0-9_-]{1,40}$";

    private final SurveyService surveys;
    private final NodeFederation federation;

    QuestionnaireController(SurveyService surveys, NodeFederation federation) {
        this.surveys = surveys;
        this.federation = federation;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @RequiresPermission("training:survey:write")
    @Operation(summary = "Define a questionnaire: single and multiple choice, scale and free-text questions, with topics "
            + "and course areas")
    ResponseEntity<Questionnaire> define(CurrentUser user, @Valid @RequestBody QuestionnaireRequest request) {
        Questionnaire questionnaire = surveys.define(user, Jurisdiction.of(request.jurisdiction()),
                request.title().strip(), request.description() == null ? null : request.description().strip(),
                request.questions().stream().map(QuestionRequest::question).toList());
        return ResponseEntity.created(URI.create("/api/training/v1/questionnaires/" + questionnaire.id()))
                .body(questionnaire);
    }

    @GetMapping
    @RequiresPermission("training:survey:read")
    @Operation(summary = "Questionnaires defined where you work or above it, newest first")
    Page<Questionnaire> list(CurrentUser user, PageRequest page, HttpServletRequest request,
            HttpServletResponse response) {
        // A place holding street nodes: their questionnaires too (NodeFederation), newest first across them.
        return federation.list("training", user.jurisdictions(), page,
                rows -> Page.slice(surveys.questionnaires(user), rows), Questionnaire.class, Questionnaire.ORDER,
                request, response);
    }

    @GetMapping("/{id}")
    @RequiresPermission("training:survey:read")
    @Operation(summary = "One questionnaire with its questions")
    Questionnaire get(CurrentUser user, @PathVariable UUID id) {
        return surveys.questionnaire(user, id);
    }

    record QuestionnaireRequest(
            @NotBlank @JurisdictionCode String jurisdiction,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 2000) String description,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid QuestionRequest> questions) {
    }

    /** A scale defaults to 1–5. */
    record QuestionRequest(
            @NotBlank @Pattern(regexp = KEY) String key,
            @NotBlank @Size(max = 500) String text,
            @NotNull QuestionKind kind,
            Boolean required,
            @Size(max = 50) String topic,
            CourseArea area,
            @Min(0) @Max(10) Integer scaleMin,
            @Min(0) @Max(10) Integer scaleMax,
            @Size(max = 30) List<@NotNull @Valid OptionRequest> options) {

        Questionnaire.Question question() {
            boolean scale = kind == QuestionKind.SCALE;
            return new Questionnaire.Question(key, text.strip(), kind, required == null || required, blank(topic),
                    area, scale ? (scaleMin == null ? 1 : scaleMin) : null, scale ? (scaleMax == null ? 5 : scaleMax)
                    : null, options == null ? List.of() : options.stream()
                    .map(o -> new Questionnaire.Option(o.key(), o.label().strip(), blank(o.topic()), o.area()))
                    .toList());
        }
    }

    record OptionRequest(
            @NotBlank @Pattern(regexp = KEY) String key,
            @NotBlank @Size(max = 200) String label,
            @Size(max = 50) String topic,
            CourseArea area) {
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
