package com.recomengine.support;

import com.recomengine.platform.TenantScope;
import org.awaitility.Awaitility;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * A test's own thread reads and arranges rows of any tenant (its assertions look into the tables, its fixtures
 * call the modules directly): it runs across tenants, as the maintenance role. The application's own threads —
 * every HTTP request, job and listener — keep their tenant scopes, which is what the tests exercise. Awaitility
 * evaluates its conditions on the test's thread, so that a condition reading the tables runs in that scope too.
 */
public final class AcrossTenantsInTests implements TestExecutionListener {

    private static final ThreadLocal<TenantScope.Entered> ENTERED = new ThreadLocal<>();

    @Override
    public void beforeTestClass(TestContext testContext) {
        enter();
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        enter();
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        TenantScope.Entered entered = ENTERED.get();
        if (entered != null) {
            ENTERED.remove();
            entered.close();
        }
    }

    private static void enter() {
        Awaitility.pollInSameThread();
        if (ENTERED.get() == null) {
            ENTERED.set(TenantScope.enterAcrossTenants("a test's own assertions and fixtures"));
        }
    }
}
