-- An application the formal check rejects now loses its reviewer proposals when it is rejected,
-- and the allocation no longer looks at formal_check to leave them out. Proposals of
-- applications rejected before this change are removed here, so that they count as no load.
delete from reviewer_proposal p
 where exists (select 1 from formal_check f
                where f.case_number = p.case_number and f.version = p.version and not f.eligible);
delete from allocation_shortfall s
 where exists (select 1 from formal_check f
                where f.case_number = s.case_number and f.version = s.version and not f.eligible);
