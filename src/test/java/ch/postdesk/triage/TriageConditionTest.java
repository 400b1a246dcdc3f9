package ch.postdesk.triage;

import static ch.postdesk.triage.TriageFixtures.input;
import static ch.postdesk.triage.TriageFixtures.probeMatches;
import static ch.postdesk.triage.TriageFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per condition: each holds for a matching mail and not for another. */
class TriageConditionTest {

    @Test
    void mailboxCondition() {
        TriageRules rules = single("{mailbox: [sales]}");

        assertThat(probeMatches(rules, input().mailbox("sales"))).isTrue();
        assertThat(probeMatches(rules, input().mailbox("support"))).isFalse();
    }

    @Test
    void recipientConditionByAddressAndDomain() {
        TriageRules byAddress = single("{recipient: [Security@Postdesk.test]}");
        TriageRules byDomain = single("{recipient: [partners.test]}");

        assertThat(probeMatches(byAddress, input().recipient("security@postdesk.test"))).isTrue();
        assertThat(probeMatches(byAddress, input())).isFalse();
        assertThat(probeMatches(byDomain, input().recipient("desk@eu.partners.test"))).isTrue();
        assertThat(probeMatches(byDomain, input().recipient("desk@otherpartners.test"))).isFalse();
    }

    @Test
    void senderCondition() {
        TriageRules rules = single("{sender: [ceo@acme.test]}");

        assertThat(probeMatches(rules, input().sender("ceo@acme.test"))).isTrue();
        assertThat(probeMatches(rules, input().sender("jane@acme.test"))).isFalse();
    }

    @Test
    void senderDomainConditionCoversSubdomains() {
        TriageRules rules = single("{sender-domain: [acme.test]}");

        assertThat(probeMatches(rules, input().sender("alerts@monitoring.acme.test"))).isTrue();
        assertThat(probeMatches(rules, input().sender("jane@notacme.test"))).isFalse();
        assertThat(probeMatches(rules, input().sender(null))).isFalse();
    }

    @Test
    void customerCondition() {
        TriageRules rules = single("{customer: [globex]}");

        assertThat(probeMatches(rules, input().customer("globex", "premium-24x7"))).isTrue();
        assertThat(probeMatches(rules, input().customer("acme", "standard"))).isFalse();
        assertThat(probeMatches(rules, input().customer(null, null))).isFalse();
    }

    @Test
    void tierCondition() {
        TriageRules rules = single("{tier: [premium-24x7]}");

        assertThat(probeMatches(rules, input().customer("globex", "premium-24x7"))).isTrue();
        assertThat(probeMatches(rules, input().customer("acme", "standard"))).isFalse();
    }

    @Test
    void subjectKeywordsIgnoreCaseAndAccents() {
        TriageRules rules = single("{subject: {keywords: [störung, not working]}}");

        assertThat(probeMatches(rules, input().subject("STORUNG im Netz"))).isTrue();
        assertThat(probeMatches(rules, input().subject("Störungen seit heute"))).isTrue();
        assertThat(probeMatches(rules, input().subject("VPN Not\n  working"))).isTrue();
        assertThat(probeMatches(rules, input().subject("VPN is working again"))).isFalse();
        assertThat(probeMatches(rules, input().subject("Entstörung erledigt"))).isFalse();
    }

    @Test
    void subjectRegexIgnoresCaseAndAccents() {
        TriageRules rules = single("{subject: {regex: '\\bÄnderung\\s+\\d+'}}");

        assertThat(probeMatches(rules, input().subject("aenderung 12"))).isFalse();
        assertThat(probeMatches(rules, input().subject("ANDERUNG 12 bitte"))).isTrue();
        assertThat(probeMatches(rules, input().subject("Änderung   7"))).isTrue();
    }

    @Test
    void bodyCondition() {
        TriageRules rules = single("{body: {keywords: [request a quote]}}");

        assertThat(probeMatches(rules, input().body("Hi,\nwe would like to Request a Quote for 20 seats."))).isTrue();
        assertThat(probeMatches(rules, input().subject("request a quote").body("nothing"))).isFalse();
    }

    @Test
    void headerConditionEqualsContainsRegexAndPresence() {
        assertThat(probeMatches(single("{header: {name: X-Spam-Flag, equals: 'yes'}}"),
                input().header("x-spam-flag", " YES "))).isTrue();
        assertThat(probeMatches(single("{header: {name: User-Agent, contains: outlook}}"),
                input().header("User-Agent", "Microsoft Outlook 16.0"))).isTrue();
        assertThat(probeMatches(single("{header: {name: X-Priority, regex: '^[12]'}}"),
                input().header("X-Priority", "3 (Normal)"))).isFalse();
        assertThat(probeMatches(single("{header: {name: X-Priority, regex: '^[12]'}}"),
                input().header("X-Priority", "1 (Highest)"))).isTrue();
        assertThat(probeMatches(single("{header: {name: List-Id}}"), input())).isFalse();
        assertThat(probeMatches(single("{header: {name: List-Id}}"), input().header("List-Id", "<news.acme.test>")))
                .isTrue();
    }

    @Test
    void hasAttachmentCondition() {
        TriageRules with = single("{has-attachment: true}");
        TriageRules without = single("{has-attachment: false}");

        assertThat(probeMatches(with, input().attachment(true))).isTrue();
        assertThat(probeMatches(with, input().attachment(false))).isFalse();
        assertThat(probeMatches(without, input().attachment(false))).isTrue();
    }

    @Test
    void languageCondition() {
        TriageRules rules = single("{language: [de, fr]}");

        assertThat(probeMatches(rules, input().language("de"))).isTrue();
        assertThat(probeMatches(rules, input().language("en"))).isFalse();
        assertThat(probeMatches(rules, input().language(null))).isFalse();
    }

    @Test
    void newTicketCondition() {
        TriageRules newOnly = single("{new-ticket: true}");
        TriageRules followUpOnly = single("{new-ticket: false}");

        assertThat(probeMatches(newOnly, input())).isTrue();
        assertThat(probeMatches(newOnly, input().followUp())).isFalse();
        assertThat(probeMatches(followUpOnly, input().followUp())).isTrue();
    }

    @Test
    void businessHoursCondition() {
        TriageRules outside = single("{business-hours: outside}");
        TriageRules inside = single("{business-hours: inside}");

        assertThat(probeMatches(outside, input().outsideBusinessHours())).isTrue();
        assertThat(probeMatches(outside, input())).isFalse();
        assertThat(probeMatches(inside, input())).isTrue();
    }

    @Test
    void allCondition() {
        TriageRules rules = single("{all: [{customer: [acme]}, {subject: [invoice]}]}");

        assertThat(probeMatches(rules, input().subject("Invoice 4711"))).isTrue();
        assertThat(probeMatches(rules, input().subject("Printer"))).isFalse();
    }

    @Test
    void severalKeysInOneMapMeanAll() {
        TriageRules rules = single("{customer: [acme], subject: [invoice]}");

        assertThat(probeMatches(rules, input().subject("Invoice 4711"))).isTrue();
        assertThat(probeMatches(rules, input().customer("globex", "premium-24x7").subject("Invoice 4711")))
                .isFalse();
    }

    @Test
    void anyCondition() {
        TriageRules rules = single("{any: [{subject: [outage]}, {body: [outage]}]}");

        assertThat(probeMatches(rules, input().body("There is an outage."))).isTrue();
        assertThat(probeMatches(rules, input())).isFalse();
    }

    @Test
    void notCondition() {
        TriageRules rules = single("{not: {customer: [acme]}}");

        assertThat(probeMatches(rules, input().customer("globex", "premium-24x7"))).isTrue();
        assertThat(probeMatches(rules, input())).isFalse();
    }

    @Test
    void matchReasonNamesTheCondition() {
        TriageRules rules = single("{all: [{subject: {keywords: [outage]}}, {business-hours: outside}]}");

        TriageDecision decision = new TriageEngine().evaluate(rules,
                input().subject("Big OUTAGE").outsideBusinessHours().build());

        assertThat(decision.matched().get(0).reason()).isEqualTo("subject contains keyword 'outage' and received"
                + " Mon 2026-12-07 10:00 Europe/London, outside the customer's business hours");
    }
}
