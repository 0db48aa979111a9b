package cn.incubator.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.junit.jupiter.api.Test;

class ListOperationsTest {

    record Envelope(List<String> items, long total) {
    }

    @RestController
    static class Controller {
        @GetMapping("/a")
        List<String> list() {
            return List.of();
        }

        @RequestMapping(path = "/b", method = RequestMethod.GET)
        ResponseEntity<Set<String>> wrapped() {
            return ResponseEntity.ok(Set.of());
        }

        @GetMapping("/c")
        String[] array() {
            return new String[0];
        }

        @GetMapping("/d")
        Envelope paged() {
            return new Envelope(List.of(), 0);
        }

        @GetMapping("/e")
        Map<String, Long> totals() {
            return Map.of();
        }

        @GetMapping("/f")
        byte[] workbook() {
            return new byte[0];
        }

        @PostMapping("/g")
        List<String> created() {
            return List.of();
        }
    }

    @Test
    void findsEveryGetThatAnswersWithABareArray() {
        assertThat(ListOperations.bareArrays(Controller.class))
                .containsExactlyInAnyOrder("Controller.list", "Controller.wrapped", "Controller.array");
    }

    @Test
    void scansAPackageForControllers() {
        assertThat(ListOperations.bareArrays("cn.incubator.platform.test"))
                .containsExactly("Controller.array", "Controller.list", "Controller.wrapped");
    }
}
