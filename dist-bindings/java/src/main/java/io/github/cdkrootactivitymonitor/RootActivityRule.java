package io.github.cdkrootactivitymonitor;

/**
 * (experimental) An EventBridge rule on the default event bus that matches root console sign-ins and root API calls, ignoring calls that a service makes on the root's behalf and AWS service events.
 * <p>
 * A root call recorded with <code>invokedBy</code>
 * <code>signin.amazonaws.com</code> is the root user working in the console, and is
 * matched (the CIS filter of <code>RootUsageAlarm</code> does not count it).
 * <p>
 * EventBridge delivers an event in the region where CloudTrail records it:
 * root console sign-ins and calls to global services such as IAM arrive in
 * us-east-1, other API calls in the region they were made in. Deploy the rule
 * in every region you use (see the README).
 * <p>
 * @see <a href="https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-cloudtrail.html">https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-cloudtrail.html</a>
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-11-23T19:42:34.730Z")
@software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
@software.amazon.jsii.Jsii(module = io.github.cdkrootactivitymonitor.$Module.class, fqn = "cdk-root-activity-monitor.RootActivityRule")
public class RootActivityRule extends software.constructs.Construct {

    protected RootActivityRule(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected RootActivityRule(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    /**
     * @param scope This parameter is required.
     * @param id This parameter is required.
     * @param props
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public RootActivityRule(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.Nullable io.github.cdkrootactivitymonitor.RootActivityRuleProps props) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), props });
    }

    /**
     * @param scope This parameter is required.
     * @param id This parameter is required.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public RootActivityRule(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required") });
    }

    /**
     * (experimental) Adds a target that receives every matched root event.
     * <p>
     * @return this rule, to chain calls
     * @param target This parameter is required.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public @org.jetbrains.annotations.NotNull io.github.cdkrootactivitymonitor.RootActivityRule addTarget(final @org.jetbrains.annotations.NotNull software.amazon.awscdk.services.events.IRuleTarget target) {
        return software.amazon.jsii.Kernel.call(this, "addTarget", software.amazon.jsii.NativeType.forClass(io.github.cdkrootactivitymonitor.RootActivityRule.class), new Object[] { java.util.Objects.requireNonNull(target, "target is required") });
    }

    /**
     * (experimental) The rule.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public @org.jetbrains.annotations.NotNull software.amazon.awscdk.services.events.Rule getRule() {
        return software.amazon.jsii.Kernel.get(this, "rule", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.events.Rule.class));
    }

    /**
     * (experimental) A fluent builder for {@link io.github.cdkrootactivitymonitor.RootActivityRule}.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public static final class Builder implements software.amazon.jsii.Builder<io.github.cdkrootactivitymonitor.RootActivityRule> {
        /**
         * @return a new instance of {@link Builder}.
         * @param scope This parameter is required.
         * @param id This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public static Builder create(final software.constructs.Construct scope, final java.lang.String id) {
            return new Builder(scope, id);
        }

        private final software.constructs.Construct scope;
        private final java.lang.String id;
        private io.github.cdkrootactivitymonitor.RootActivityRuleProps.Builder props;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
        }

        /**
         * (experimental) Whether the rule is enabled.
         * <p>
         * Default: true
         * <p>
         * @return {@code this}
         * @param enabled Whether the rule is enabled. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder enabled(final java.lang.Boolean enabled) {
            this.props().enabled(enabled);
            return this;
        }

        /**
         * (experimental) Also match read-only root API calls (<code>Get*</code>, <code>List*</code>, <code>Describe*</code>, ...).
         * <p>
         * A rule in the plain <code>ENABLED</code> state does not receive read-only management
         * events from CloudTrail; with this set the rule is created in the
         * <code>ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS</code> state, which does. Root
         * reading data is root use, so this is on by default.
         * <p>
         * Default: true
         * <p>
         * @return {@code this}
         * @see <a href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event.html#eb-service-event-cloudtrail">https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event.html#eb-service-event-cloudtrail</a>
         * @param includeReadOnlyApiCalls Also match read-only root API calls (<code>Get*</code>, <code>List*</code>, <code>Describe*</code>, ...). This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder includeReadOnlyApiCalls(final java.lang.Boolean includeReadOnlyApiCalls) {
            this.props().includeReadOnlyApiCalls(includeReadOnlyApiCalls);
            return this;
        }

        /**
         * (experimental) The name of the rule.
         * <p>
         * Default: - CloudFormation generates a name
         * <p>
         * @return {@code this}
         * @param ruleName The name of the rule. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder ruleName(final java.lang.String ruleName) {
            this.props().ruleName(ruleName);
            return this;
        }

        /**
         * (experimental) Targets that receive every matched root event.
         * <p>
         * More can be added later with <code>addTarget()</code>.
         * <p>
         * Default: - no targets
         * <p>
         * @return {@code this}
         * @param targets Targets that receive every matched root event. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder targets(final java.util.List<? extends software.amazon.awscdk.services.events.IRuleTarget> targets) {
            this.props().targets(targets);
            return this;
        }

        /**
         * @return a newly built instance of {@link io.github.cdkrootactivitymonitor.RootActivityRule}.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        @Override
        public io.github.cdkrootactivitymonitor.RootActivityRule build() {
            return new io.github.cdkrootactivitymonitor.RootActivityRule(
                this.scope,
                this.id,
                this.props != null ? this.props.build() : null
            );
        }

        private io.github.cdkrootactivitymonitor.RootActivityRuleProps.Builder props() {
            if (this.props == null) {
                this.props = new io.github.cdkrootactivitymonitor.RootActivityRuleProps.Builder();
            }
            return this.props;
        }
    }
}
