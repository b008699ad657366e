package be.buurtwijzer.plugin.ui;

import be.buurtwijzer.plugin.api.Text;

/** A small card on the municipality's home dashboard, e.g. a figure and a link to the instrument. */
public record DashboardCardSpec(Text title, String permission, ViewSpec.Factory factory) {
}
