package dev.revgraph.reliability;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Scenario 7: the {@code SecurityFilterChain} that docs/actuator.md ("Securing the write operations")
 * recommends, word for word between the markers ({@link EndpointSecurityIT} checks that the page and this
 * file agree), and four users to try it with.
 */
@Configuration(proxyBeanMethods = false)
class DocumentedActuatorSecurity {

    /** Reads the endpoint: {@code OPS}. */
    static final EndpointClient.Login MONITOR = new EndpointClient.Login("monitor", "monitor-secret");

    /** Reads and migrates: {@code OPS} and {@code DB_OPERATOR}. */
    static final EndpointClient.Login OPERATOR = new EndpointClient.Login("operator", "operator-secret");

    /** Migrates but does not read: {@code DB_OPERATOR} only. */
    static final EndpointClient.Login MIGRATOR = new EndpointClient.Login("migrator", "migrator-secret");

    /** Authenticated, with no role. */
    static final EndpointClient.Login NOBODY = new EndpointClient.Login("nobody", "nobody-secret");

    // docs/actuator.md: begin
    @Bean
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
            .authorizeHttpRequests((requests) -> requests
                .requestMatchers(EndpointRequest.to("health")).permitAll()
                .requestMatchers(EndpointRequest.to("migrations").withHttpMethod(HttpMethod.POST)).hasRole("DB_OPERATOR")
                .anyRequest().hasRole("OPS"))
            .httpBasic(Customizer.withDefaults())
            // tools call the write operations with basic auth, not from a browser: no CSRF token to send
            .csrf((csrf) -> csrf.ignoringRequestMatchers(EndpointRequest.to("migrations")))
            .build();
    }
    // docs/actuator.md: end

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(user(MONITOR, "OPS"), user(OPERATOR, "OPS", "DB_OPERATOR"),
                user(MIGRATOR, "DB_OPERATOR"), user(NOBODY));
    }

    private static org.springframework.security.core.userdetails.UserDetails user(EndpointClient.Login login,
            String... roles) {
        return User.withUsername(login.user()).password("{noop}" + login.password()).roles(roles).build();
    }

}
