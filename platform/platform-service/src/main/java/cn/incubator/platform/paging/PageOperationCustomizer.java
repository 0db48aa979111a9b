package cn.incubator.platform.paging;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the {@code page} and {@code size} query parameters of every operation that takes a {@link PageRequest}
 * (the type itself is resolved from the query, see {@link PageRequestArgumentResolver}, and hidden from springdoc).
 */
public class PageOperationCustomizer implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        boolean paged = Arrays.stream(handlerMethod.getMethodParameters())
                .anyMatch(p -> p.getParameterType() == PageRequest.class);
        if (paged) {
            operation.addParametersItem(new Parameter().in("query").name("page").required(false)
                    .description("页码，从 0 开始 · page number, from 0")
                    .schema(new IntegerSchema().minimum(BigDecimal.ZERO)
                            .maximum(BigDecimal.valueOf(PageRequest.MAX_PAGE))._default(0)));
            operation.addParametersItem(new Parameter().in("query").name("size").required(false)
                    .description("每页条数 · rows per page")
                    .schema(new IntegerSchema().minimum(BigDecimal.ONE)
                            .maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE))._default(PageRequest.DEFAULT_SIZE)));
        }
        return operation;
    }
}
