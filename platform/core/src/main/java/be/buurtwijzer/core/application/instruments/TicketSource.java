package be.buurtwijzer.core.application.instruments;

/**
 * Where a plugin context takes its proof of access from. One API request is one moment: its ticket
 * is fixed. An open page lives on while rights change: its ticket is entered anew at every action.
 */
interface TicketSource {

    InstrumentTicket ticket();

    /** A page's context: read-only, it changes data through operations. */
    boolean forView();

    static TicketSource fixed(InstrumentTicket ticket) {
        return new TicketSource() {
            @Override
            public InstrumentTicket ticket() {
                return ticket;
            }

            @Override
            public boolean forView() {
                return false;
            }
        };
    }
}
