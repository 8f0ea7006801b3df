package org.newsindex.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The class's tests start OpenSearch nodes of their own from the install named by {@value
 * TestOpenSearch#HOME_VARIABLE} ({@code .ci/opensearch.sh install DIR} makes one); without it they
 * are skipped, or fail on CI (see {@link MachineCondition}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(TestOpenSearch.InstallCondition.class)
public @interface RequiresOpenSearchInstall {}
