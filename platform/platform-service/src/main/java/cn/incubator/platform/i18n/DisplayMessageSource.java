package cn.incubator.platform.i18n;

import cn.incubator.platform.text.Display;
import cn.incubator.platform.text.EnumLabels;
import java.util.Locale;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The service's message source with its arguments displayed as people read them ({@link Display}): times in
 * Asia/Shanghai, numbers without grouping, enum constants by their label ({@link EnumLabels}, e.g.
 * {@code enum.OrganizationStatus.REGISTERED=已登记}). Every message goes through it: problem details, field errors,
 * Spring's own problem details and what services resolve themselves.
 */
public class DisplayMessageSource implements HierarchicalMessageSource {

    private final MessageSource delegate;

    public DisplayMessageSource(MessageSource delegate) {
        this.delegate = delegate;
    }

    /** Wraps the context's {@code messageSource} bean. */
    public static BeanPostProcessor wrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
                if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(beanName)
                        && bean instanceof MessageSource source && !(bean instanceof DisplayMessageSource)) {
                    return new DisplayMessageSource(source);
                }
                return bean;
            }
        };
    }

    /** The label of an enum constant in {@code locale}, else its code. */
    public String label(Enum<?> value, Locale locale) {
        return delegate.getMessage(EnumLabels.key(value), null, value.name(), locale);
    }

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        return delegate.getMessage(code, display(args, locale), defaultMessage, locale);
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
        return delegate.getMessage(code, display(args, locale), locale);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
        Object[] args = resolvable.getArguments();
        if (args == null || args.length == 0) {
            return delegate.getMessage(resolvable, locale);
        }
        return delegate.getMessage(new DefaultMessageSourceResolvable(resolvable.getCodes(), display(args, locale),
                resolvable.getDefaultMessage()), locale);
    }

    @Override
    public void setParentMessageSource(MessageSource parent) {
        if (delegate instanceof HierarchicalMessageSource hierarchical) {
            hierarchical.setParentMessageSource(parent);
        }
    }

    @Override
    public MessageSource getParentMessageSource() {
        return delegate instanceof HierarchicalMessageSource hierarchical ? hierarchical.getParentMessageSource()
                : null;
    }

    private Object[] display(Object[] args, Locale locale) {
        if (args == null) {
            return null;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = Display.argument(args[i], locale, value -> label(value, locale));
        }
        return shown;
    }
}
