package be.buurtwijzer.ui.layout;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.aura.Aura;

/**
 * The page around every view: Aura (Vaadin's default theme, named once an app shell exists) and the
 * workspace's stylesheet, both loaded by URL (no frontend build needed).
 */
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("context://styles/buurtwijzer.css")
public class AppShell implements AppShellConfigurator {
}
