package io.github.cdkrootactivitymonitor;

/**
 * (experimental) Properties of <code>RootActivityRule</code>.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-11-23T19:42:34.732Z")
@software.amazon.jsii.Jsii(module = io.github.cdkrootactivitymonitor.$Module.class, fqn = "cdk-root-activity-monitor.RootActivityRuleProps")
@software.amazon.jsii.Jsii.Proxy(RootActivityRuleProps.Jsii$Proxy.class)
@software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
public interface RootActivityRuleProps extends software.amazon.jsii.JsiiSerializable, io.github.cdkrootactivitymonitor.RootActivityRuleOptions {

    /**
     * (experimental) Targets that receive every matched root event.
     * <p>
     * More can be added later with <code>addTarget()</code>.
     * <p>
     * Default: - no targets
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable java.util.List<software.amazon.awscdk.services.events.IRuleTarget> getTargets() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link RootActivityRuleProps}
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link RootActivityRuleProps}
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public static final class Builder implements software.amazon.jsii.Builder<RootActivityRuleProps> {
        java.util.List<software.amazon.awscdk.services.events.IRuleTarget> targets;
        java.lang.Boolean enabled;
        java.lang.Boolean includeReadOnlyApiCalls;
        java.lang.String ruleName;

        /**
         * Sets the value of {@link RootActivityRuleProps#getTargets}
         * @param targets Targets that receive every matched root event.
         *                More can be added later with <code>addTarget()</code>.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        @SuppressWarnings("unchecked")
        public Builder targets(java.util.List<? extends software.amazon.awscdk.services.events.IRuleTarget> targets) {
            this.targets = (java.util.List<software.amazon.awscdk.services.events.IRuleTarget>)targets;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityRuleProps#getEnabled}
         * @param enabled Whether the rule is enabled.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder enabled(java.lang.Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityRuleProps#getIncludeReadOnlyApiCalls}
         * @param includeReadOnlyApiCalls Also match read-only root API calls (<code>Get*</code>, <code>List*</code>, <code>Describe*</code>, ...).
         *                                A rule in the plain <code>ENABLED</code> state does not receive read-only management
         *                                events from CloudTrail; with this set the rule is created in the
         *                                <code>ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS</code> state, which does. Root
         *                                reading data is root use, so this is on by default.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder includeReadOnlyApiCalls(java.lang.Boolean includeReadOnlyApiCalls) {
            this.includeReadOnlyApiCalls = includeReadOnlyApiCalls;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityRuleProps#getRuleName}
         * @param ruleName The name of the rule.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder ruleName(java.lang.String ruleName) {
            this.ruleName = ruleName;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link RootActivityRuleProps}
         * @throws NullPointerException if any required attribute was not provided
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        @Override
        public RootActivityRuleProps build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link RootActivityRuleProps}
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements RootActivityRuleProps {
        private final java.util.List<software.amazon.awscdk.services.events.IRuleTarget> targets;
        private final java.lang.Boolean enabled;
        private final java.lang.Boolean includeReadOnlyApiCalls;
        private final java.lang.String ruleName;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.targets = software.amazon.jsii.Kernel.get(this, "targets", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.events.IRuleTarget.class)));
            this.enabled = software.amazon.jsii.Kernel.get(this, "enabled", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.includeReadOnlyApiCalls = software.amazon.jsii.Kernel.get(this, "includeReadOnlyApiCalls", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.ruleName = software.amazon.jsii.Kernel.get(this, "ruleName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.targets = (java.util.List<software.amazon.awscdk.services.events.IRuleTarget>)builder.targets;
            this.enabled = builder.enabled;
            this.includeReadOnlyApiCalls = builder.includeReadOnlyApiCalls;
            this.ruleName = builder.ruleName;
        }

        @Override
        public final java.util.List<software.amazon.awscdk.services.events.IRuleTarget> getTargets() {
            return this.targets;
        }

        @Override
        public final java.lang.Boolean getEnabled() {
            return this.enabled;
        }

        @Override
        public final java.lang.Boolean getIncludeReadOnlyApiCalls() {
            return this.includeReadOnlyApiCalls;
        }

        @Override
        public final java.lang.String getRuleName() {
            return this.ruleName;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getTargets() != null) {
                data.set("targets", om.valueToTree(this.getTargets()));
            }
            if (this.getEnabled() != null) {
                data.set("enabled", om.valueToTree(this.getEnabled()));
            }
            if (this.getIncludeReadOnlyApiCalls() != null) {
                data.set("includeReadOnlyApiCalls", om.valueToTree(this.getIncludeReadOnlyApiCalls()));
            }
            if (this.getRuleName() != null) {
                data.set("ruleName", om.valueToTree(this.getRuleName()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cdk-root-activity-monitor.RootActivityRuleProps"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            RootActivityRuleProps.Jsii$Proxy that = (RootActivityRuleProps.Jsii$Proxy) o;

            if (this.targets != null ? !this.targets.equals(that.targets) : that.targets != null) return false;
            if (this.enabled != null ? !this.enabled.equals(that.enabled) : that.enabled != null) return false;
            if (this.includeReadOnlyApiCalls != null ? !this.includeReadOnlyApiCalls.equals(that.includeReadOnlyApiCalls) : that.includeReadOnlyApiCalls != null) return false;
            return this.ruleName != null ? this.ruleName.equals(that.ruleName) : that.ruleName == null;
        }

        @Override
        public final int hashCode() {
            int result = this.targets != null ? this.targets.hashCode() : 0;
            result = 31 * result + (this.enabled != null ? this.enabled.hashCode() : 0);
            result = 31 * result + (this.includeReadOnlyApiCalls != null ? this.includeReadOnlyApiCalls.hashCode() : 0);
            result = 31 * result + (this.ruleName != null ? this.ruleName.hashCode() : 0);
            return result;
        }
    }
}
