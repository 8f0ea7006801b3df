package org.newsindex.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The class's tests need the OpenSearch node named by {@value TestOpenSearch#URL_VARIABLE};
 * without it they are skipped, or fail on CI (see {@link MachineCondition}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(TestOpenSearch.NodeCondition.class)
public @interface RequiresOpenSearch {}
