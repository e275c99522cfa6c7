package ru.gospages.web;

import com.samskivert.mustache.Mustache;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mustache.autoconfigure.MustacheResourceTemplateLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The web application's own beans: its limits and folders, the Mustache compiler of every page, and
 * the writer of refusals.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebLimits.class)
public class WebConfiguration {

    /**
     * Pages escape every {@code {{value}}} as HTML (the default, kept); a missing value is empty and
     * an empty one false, so a page never fails on an absent optional field.
     */
    @Bean
    Mustache.Compiler mustacheCompiler() {
        MustacheResourceTemplateLoader loader = new MustacheResourceTemplateLoader("classpath:/templates/", ".mustache");
        loader.setCharset("UTF-8");
        return Mustache.compiler().withLoader(loader).defaultValue("").emptyStringIsFalse(true).zeroIsFalse(true);
    }

    @Bean
    ErrorResponse errorResponse(Mustache.Compiler compiler) {
        return new ErrorResponse(compiler);
    }
}
