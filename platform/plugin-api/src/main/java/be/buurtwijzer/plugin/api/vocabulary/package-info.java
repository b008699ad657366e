/** The shared vocabulary of DOMAIN.md that instruments use with the same meaning (and the same names as the register). */
package be.buurtwijzer.plugin.api.vocabulary;
