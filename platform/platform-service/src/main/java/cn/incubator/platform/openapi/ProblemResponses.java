package cn.incubator.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * 错误响应: documents on every operation the problem documents it can answer, so that clients see them without
 * reading the code: 400 (with field errors), 401 and 403 everywhere, 404 where the path names a record, 409 for every
 * write (an illegal transition, a duplicate, a stale state). Also tags each operation with the domain tag of its
 * feature package ({@code incubator.api.tags.<package>}) instead of springdoc's {@code xyz-controller}.
 */
public class ProblemResponses implements GlobalOperationCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";

    /** The tags of the operations the platform gives every service, unless the service names them itself. */
    private static final Map<String, String> PLATFORM_TAGS = Map.of("audit", "操作日志 · Operation log",
            "handover", "节点交接 · Handover to a joining node");

    private final Map<String, String> tags;

    public ProblemResponses(ApiDocumentProperties api) {
        this.tags = api.tags();
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        String feature = featureOf(handlerMethod.getBeanType());
        operation.setTags(List.of(tags.getOrDefault(feature, PLATFORM_TAGS.getOrDefault(feature, feature))));

        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        add(responses, "400", "请求有误（含字段错误）· Bad request, with field errors");
        add(responses, "401", "未认证 · Not authenticated");
        add(responses, "403", "无权执行此操作 · Forbidden");
        if (namesARecord(handlerMethod)) {
            add(responses, "404", "不存在或不在数据权限范围内 · Not found or outside your data scope");
        }
        if (writes(handlerMethod)) {
            add(responses, "409", "与当前状态冲突 · Conflicts with the current state");
        }
        operation.setResponses(responses);
        return operation;
    }

    /** The feature package of a controller: {@code round} for {@code cn.incubator.grants.round.RoundController}. */
    static String featureOf(Class<?> controller) {
        String pkg = controller.getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + ApiDocuments.PROBLEM)))));
        }
    }

    private static boolean namesARecord(HandlerMethod handlerMethod) {
        return Arrays.stream(handlerMethod.getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
    }

    private static boolean writes(HandlerMethod handlerMethod) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(),
                RequestMapping.class);
        return mapping != null && Arrays.stream(mapping.method()).anyMatch(m -> m != RequestMethod.GET
                && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS);
    }
}
