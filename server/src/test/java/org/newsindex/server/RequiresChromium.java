package org.newsindex.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The class's tests drive the browser of {@link TestChromium}; without it they are skipped, or
 * fail on CI (see {@link org.newsindex.testing.MachineCondition}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(TestChromium.Condition.class)
@interface RequiresChromium {}
