package cn.incubator.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.validation.JurisdictionCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a constraint violation of a validated method names the field a caller must correct. */
class ProblemAdviceTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @SuppressWarnings("unused")
    static class Controller {
        void search(@Max(200) int size, @JurisdictionCode String jurisdiction) {
        }

        void create(@Valid Request request) {
        }
    }

    record Person(@NotBlank String name) {
    }

    record Request(@NotBlank String name, @Valid Person contact, @Valid List<Person> members) {
    }

    @Test
    void aQueryParameterIsNamedByItself() throws Exception {
        Method search = Controller.class.getDeclaredMethod("search", int.class, String.class);

        Set<ConstraintViolation<Controller>> violations = VALIDATOR.forExecutables()
                .validateParameters(new Controller(), search, new Object[] {500, "43012"});

        assertThat(violations.stream().map(v -> ProblemAdvice.fieldOf(v.getPropertyPath())))
                .containsExactlyInAnyOrder("size", "jurisdiction");
    }

    @Test
    void aPropertyInsideABodyIsNamedByItsPathLikeBodyValidationNamesIt() throws Exception {
        Method create = Controller.class.getDeclaredMethod("create", Request.class);

        Set<ConstraintViolation<Controller>> violations = VALIDATOR.forExecutables()
                .validateParameters(new Controller(), create, new Object[] {
                        new Request(" ", new Person(""), List.of(new Person("ok"), new Person(null)))});

        assertThat(violations.stream().map(v -> ProblemAdvice.fieldOf(v.getPropertyPath())))
                .containsExactlyInAnyOrder("name", "contact.name", "members[1].name");
    }
}
