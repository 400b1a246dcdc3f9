<#if sla.kind == "breach">SLA breached<#else>SLA warning</#if>: ${sla.ticketNumber} ${sla.clock}
