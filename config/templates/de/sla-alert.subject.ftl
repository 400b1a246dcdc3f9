<#if sla.kind == "breach">SLA verletzt<#else>SLA-Warnung</#if>: ${sla.ticketNumber} ${sla.clock}
