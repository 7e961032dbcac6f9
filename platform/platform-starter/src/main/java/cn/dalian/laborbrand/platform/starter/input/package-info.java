/**
 * Strict input, the default of every service: JSON read without coercion or duplicate keys, text held to
 * {@code AcceptableText}, bodies capped and read as strict UTF-8, content types and parameters checked before any
 * controller, and Tomcat's own refusals answered as problem documents.
 */
package cn.dalian.laborbrand.platform.starter.input;
