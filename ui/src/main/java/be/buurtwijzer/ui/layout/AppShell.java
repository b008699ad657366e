package be.buurtwijzer.ui.layout;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;

/** The page around every view: the workspace's stylesheet, loaded by URL (no frontend build needed). */
@StyleSheet("context://styles/buurtwijzer.css")
public class AppShell implements AppShellConfigurator {
}
