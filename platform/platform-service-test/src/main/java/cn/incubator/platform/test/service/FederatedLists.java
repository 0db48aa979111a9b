package cn.incubator.platform.test.service;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.federation.NodeLocal;
import cn.incubator.platform.paging.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.HttpEntity;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rule that keeps views from shrinking when a street node joins (NODES.md): every scope list of a service (a
 * {@code GET} answering a {@link Page} without a record id in its path, whose rows the caller's scope chooses) is
 * federated to the nodes inside the caller's place ({@link NodeFederation#list}), or marked {@link NodeLocal} with
 * the reason it is not. A list counts as federated when its controller holds a {@link NodeFederation} and the method
 * takes the request and the response the federation asks the nodes with and names missing nodes in. A service test
 * asserts that {@link #unfederated} finds none.
 */
public final class FederatedLists {

    private FederatedLists() {
    }

    /** {@code Controller.method} of each scope list under {@code basePackage} neither federated nor node-local. */
    public static List<String> unfederated(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<String> found = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            found.addAll(unfederated(ClassUtils.resolveClassName(candidate.getBeanClassName(),
                    FederatedLists.class.getClassLoader())));
        }
        found.sort(Comparator.naturalOrder());
        return found;
    }

    /** The scope lists of one controller class neither federated nor node-local. */
    public static List<String> unfederated(Class<?> controller) {
        boolean federates = Arrays.stream(controller.getDeclaredFields()).map(Field::getType)
                .anyMatch(NodeFederation.class::equals);
        List<String> found = new ArrayList<>();
        for (Method method : controller.getDeclaredMethods()) {
            if (!isScopeList(method) || method.isAnnotationPresent(NodeLocal.class)) {
                continue;
            }
            List<Class<?>> parameters = Arrays.asList(method.getParameterTypes());
            if (!federates || !parameters.contains(HttpServletRequest.class)
                    || !parameters.contains(HttpServletResponse.class)) {
                found.add(controller.getSimpleName() + "." + method.getName());
            }
        }
        return found;
    }

    /** {@code Controller.method} of each list under {@code basePackage} marked node-local, with its reason. */
    public static List<String> nodeLocal(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<String> found = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            Class<?> controller = ClassUtils.resolveClassName(candidate.getBeanClassName(),
                    FederatedLists.class.getClassLoader());
            for (Method method : controller.getDeclaredMethods()) {
                NodeLocal local = method.getAnnotation(NodeLocal.class);
                if (local != null) {
                    found.add(controller.getSimpleName() + "." + method.getName() + ": " + local.value());
                }
            }
        }
        found.sort(Comparator.naturalOrder());
        return found;
    }

    /** A {@code GET} handler answering a page, with no path variable (a record id routes to its node). */
    static boolean isScopeList(Method method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        if (mapping == null || !Arrays.asList(mapping.method()).contains(RequestMethod.GET)) {
            return false;
        }
        if (!(raw(body(method.getGenericReturnType())) instanceof Class<?> type && Page.class.isAssignableFrom(type))) {
            return false;
        }
        return Arrays.stream(method.getParameters()).noneMatch(FederatedLists::isPathVariable);
    }

    private static boolean isPathVariable(Parameter parameter) {
        return parameter.isAnnotationPresent(PathVariable.class);
    }

    private static Type body(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && HttpEntity.class.isAssignableFrom(raw)) {
            return parameterized.getActualTypeArguments()[0];
        }
        return type;
    }

    private static Type raw(Type type) {
        return type instanceof ParameterizedType parameterized ? parameterized.getRawType() : type;
    }
}
