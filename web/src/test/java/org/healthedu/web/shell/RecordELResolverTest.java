package org.healthedu.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Unit(String code, long childCount) {
    }

    private final RecordELResolver resolver = new RecordELResolver();

    private ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return resolver;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    void readsARecordComponentAsAProperty() {
        ELContext context = context();
        assertThat(resolver.getValue(context, new Unit("JS-WX", 3), "code")).isEqualTo("JS-WX");
        assertThat(context.isPropertyResolved()).isTrue();
        assertThat(resolver.getValue(context(), new Unit("JS-WX", 3), "childCount")).isEqualTo(3L);
    }

    @Test
    void leavesEverythingElseToTheOtherResolvers() {
        ELContext context = context();
        assertThat(resolver.getValue(context, new Unit("A", 1), "missing")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
        assertThat(resolver.getValue(context, "not a record", "length")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
        assertThat(resolver.getValue(context, null, "code")).isNull();
    }

    @Test
    void recordsAreReadOnly() {
        ELContext context = context();
        assertThat(resolver.isReadOnly(context, new Unit("A", 1), "code")).isTrue();
        assertThatThrownBy(() -> resolver.setValue(context(), new Unit("A", 1), "code", "B"))
                .isInstanceOf(PropertyNotWritableException.class);
    }
}
