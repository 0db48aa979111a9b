package cn.incubator.grants;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.test.ListOperations;
import org.junit.jupiter.api.Test;

/** Every list operation of the service answers with the one page envelope (platform-core Page), never a bare array. */
class ListOperationsTest {

    @Test
    void noListOperationAnswersWithABareArray() {
        assertThat(ListOperations.bareArrays("cn.incubator.grants")).isEmpty();
    }
}
