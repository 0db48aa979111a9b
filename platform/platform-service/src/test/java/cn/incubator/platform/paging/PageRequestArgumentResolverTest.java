package cn.incubator.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.problem.FieldProblemException;
import org.junit.jupiter.api.Test;

class PageRequestArgumentResolverTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        assertThat(PageRequestArgumentResolver.read(null, null)).isEqualTo(new PageRequest(0, 20));
        assertThat(PageRequestArgumentResolver.read("3", "200")).isEqualTo(new PageRequest(3, 200));
    }

    @Test
    void refusesEachBadParameterByName() {
        assertThatThrownBy(() -> PageRequestArgumentResolver.read("-1", "201"))
                .isInstanceOfSatisfying(FieldProblemException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblemException.FieldProblem::field, FieldProblemException.FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("page", "Page.page"),
                                org.assertj.core.groups.Tuple.tuple("size", "Page.size")));
        assertThatThrownBy(() -> PageRequestArgumentResolver.read("1e3", "20"))
                .isInstanceOf(FieldProblemException.class);
        assertThatThrownBy(() -> PageRequestArgumentResolver.read("0", "99999999999999"))
                .isInstanceOf(FieldProblemException.class);
        assertThatThrownBy(() -> PageRequestArgumentResolver.read("0", "0")).isInstanceOf(FieldProblemException.class);
    }
}
